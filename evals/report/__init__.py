"""The run's report for people: Markdown and HTML with each case's contact sheet, against the baseline."""
