import type ts from 'typescript';
import type { Report } from '../diagnostics';
import type { Analysis } from '../symbols';

/** What every security rule gets: the analysed composition and a way to report what it finds. */
export interface SecurityContext extends Analysis {
  report: Report;
}

/** A rule looks at one node; the walker hands it every node outside type annotations. */
export type SecurityRule = (node: ts.Node, context: SecurityContext) => void;
