"""Checks generated TSX before it may run: types, security and structure, through the warm Node engine."""

from video.validation.result import Diagnostic, ValidationResult
from video.validation.validate import validate_composition

__all__ = ["Diagnostic", "ValidationResult", "validate_composition"]
