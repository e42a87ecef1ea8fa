"""The eval harness: datasets of briefs, evaluators, the runner and its report."""
