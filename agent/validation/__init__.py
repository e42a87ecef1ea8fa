"""Checks generated TSX before it may run: types, security and structure, through the warm Node engine."""

from agent.validation.feedback import format_for_model
from agent.validation.result import Diagnostic, ValidationResult
from agent.validation.validate import validate_composition

__all__ = ["Diagnostic", "ValidationResult", "format_for_model", "validate_composition"]
