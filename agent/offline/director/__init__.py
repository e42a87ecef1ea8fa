"""The offline director: a pydantic-ai FunctionModel that makes real videos through the same tools as
Claude."""
