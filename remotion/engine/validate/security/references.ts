import ts from 'typescript';

const isDeclarationName = (identifier: ts.Identifier, parent: ts.Node): boolean =>
  (ts.isVariableDeclaration(parent) ||
    ts.isFunctionDeclaration(parent) ||
    ts.isFunctionExpression(parent) ||
    ts.isClassDeclaration(parent) ||
    ts.isClassExpression(parent) ||
    ts.isParameter(parent) ||
    ts.isBindingElement(parent) ||
    ts.isImportSpecifier(parent) ||
    ts.isImportClause(parent) ||
    ts.isNamespaceImport(parent) ||
    ts.isImportEqualsDeclaration(parent) ||
    ts.isExportSpecifier(parent) ||
    ts.isTypeParameterDeclaration(parent) ||
    ts.isInterfaceDeclaration(parent) ||
    ts.isTypeAliasDeclaration(parent) ||
    ts.isEnumDeclaration(parent) ||
    ts.isEnumMember(parent) ||
    ts.isModuleDeclaration(parent) ||
    ts.isPropertyAssignment(parent) ||
    ts.isPropertyDeclaration(parent) ||
    ts.isMethodDeclaration(parent) ||
    ts.isGetAccessorDeclaration(parent) ||
    ts.isSetAccessorDeclaration(parent) ||
    ts.isPropertySignature(parent) ||
    ts.isMethodSignature(parent) ||
    ts.isLabeledStatement(parent) ||
    ts.isBreakOrContinueStatement(parent) ||
    ts.isJsxAttribute(parent) ||
    ts.isMetaProperty(parent)) &&
  (parent as { name?: ts.Node; label?: ts.Node; propertyName?: ts.Node }).name === identifier;

/**
 * Whether an identifier reads or writes a variable (as opposed to naming a property, a declaration, a label or
 * an intrinsic JSX element such as `div`).
 */
export const isValueReference = (identifier: ts.Identifier): boolean => {
  const parent = identifier.parent;
  if (isDeclarationName(identifier, parent)) {
    return false;
  }
  if (ts.isBindingElement(parent) && parent.propertyName === identifier) {
    return false;
  }
  if ((ts.isLabeledStatement(parent) || ts.isBreakOrContinueStatement(parent)) && parent.label === identifier) {
    return false;
  }
  if (ts.isPropertyAccessExpression(parent) && parent.name === identifier) {
    return false;
  }
  if (ts.isQualifiedName(parent) || ts.isJsxNamespacedName(parent)) {
    return false;
  }
  if (ts.isJsxClosingElement(parent)) {
    return false;
  }
  if ((ts.isJsxOpeningElement(parent) || ts.isJsxSelfClosingElement(parent)) && parent.tagName === identifier) {
    return !/^[a-z]/.test(identifier.text);
  }
  return true;
};
