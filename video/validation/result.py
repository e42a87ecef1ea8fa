"""The validators' findings as data: what the engine's `validate` command returns."""

from typing import Literal

from pydantic import BaseModel

Check = Literal["types", "security", "structure", "compile"]
Severity = Literal["error", "warning"]


class Diagnostic(BaseModel):
    """One finding; line and column are 1-based."""

    check: Check
    severity: Severity
    line: int
    column: int
    code: str
    message: str

    def render(self, file_name: str = "composition.tsx") -> str:
        where = f"{file_name}:{self.line}:{self.column}"
        return f"{where}: {self.severity} [{self.check}/{self.code}] {self.message}"


class ValidationResult(BaseModel):
    """`ok` means no errors (warnings allowed); `js` is the compiled module DynamicVideo runs, when ok."""

    ok: bool
    diagnostics: list[Diagnostic]
    js: str | None = None
    ms: int = 0

    @property
    def errors(self) -> list[Diagnostic]:
        return [item for item in self.diagnostics if item.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [item for item in self.diagnostics if item.severity == "warning"]

    def codes(self) -> set[str]:
        return {item.code for item in self.diagnostics}
