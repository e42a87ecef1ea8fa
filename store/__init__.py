"""Persistence for PPR Video Studio: the catalog, video jobs, scripts, the library and the job API."""
