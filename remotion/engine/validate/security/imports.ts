import ts from 'typescript';
import { ALLOWED_MODULES, FORBIDDEN_REMOTION_EXPORTS } from '../allowlists';
import { foldString } from '../constants';
import { importedExport, isNamespace, resolveIdentifier, unwrap } from '../symbols';
import type { SecurityRule } from './context';

const allowedList = [...ALLOWED_MODULES].map((name) => `'${name}'`).join(', ');

const checkSpecifier: SecurityRule = (node, { report }) => {
  if (!ts.isStringLiteral(node)) {
    return;
  }
  if (!ALLOWED_MODULES.has(node.text)) {
    report(node, 'forbidden-import', `importing '${node.text}' is not allowed: a composition imports only from ${allowedList}`);
  }
};

/** Imports and re-exports only from the allowed modules; no require, import(), import.meta or withheld exports. */
export const checkImports: SecurityRule = (node, context) => {
  const { report } = context;
  if (ts.isImportDeclaration(node)) {
    checkSpecifier(node.moduleSpecifier, context);
    const bindings = node.importClause?.namedBindings;
    if (ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === 'remotion' && bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const name = (element.propertyName ?? element.name).text;
        const why = FORBIDDEN_REMOTION_EXPORTS.get(name);
        if (why && !element.isTypeOnly && !node.importClause?.isTypeOnly) {
          report(element, 'forbidden-import', `\`${name}\` from 'remotion' is not allowed: ${why}`);
        }
      }
    }
  } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
    checkSpecifier(node.moduleSpecifier, context);
  } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    report(node, 'require', '`import x = require(...)` is not allowed: use an import statement from an allowed module');
  } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    report(node, 'dynamic-import', 'dynamic import() is not allowed: import statically from an allowed module');
  } else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
    report(node, 'import-meta', '`import.meta` is not allowed in a composition');
  } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent) && ts.isVariableDeclaration(node.parent.parent)) {
    // const { delayRender } = Remotion: destructuring reads an export too (and is refused as an alias as well).
    const source = node.parent.parent.initializer ? unwrap(node.parent.parent.initializer) : undefined;
    const key = node.propertyName ?? node.name;
    const member = ts.isIdentifier(key) || ts.isStringLiteral(key) ? key.text : null;
    const owner = source && ts.isIdentifier(source) ? isNamespace(resolveIdentifier(context, source)) : null;
    if (owner === 'remotion' && member && FORBIDDEN_REMOTION_EXPORTS.has(member)) {
      report(node, 'forbidden-import', `\`${member}\` from 'remotion' is not allowed: ${FORBIDDEN_REMOTION_EXPORTS.get(member)}`);
    }
  } else if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
    const imported = importedExport(context, node.expression);
    const member = ts.isPropertyAccessExpression(node) ? node.name.text : foldString(context, node.argumentExpression);
    if (imported?.module === 'remotion' && imported.name === '*' && member && FORBIDDEN_REMOTION_EXPORTS.has(member)) {
      report(node, 'forbidden-import', `\`${member}\` from 'remotion' is not allowed: ${FORBIDDEN_REMOTION_EXPORTS.get(member)}`);
    }
  }
};
