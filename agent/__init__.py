"""The PPR Video Studio agent: models, tools, the job runner and the CLI."""
