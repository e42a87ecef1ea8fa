// The props contracts as data, for tests/contracts: every composition schema as JSON Schema, and what the
// schemas say about sample props and colours, to compare with domain/template_props.py.
//
// Bundled with esbuild and run by node: reads {"props": [[compositionId, props], ...], "colours": [...]} on
// stdin, writes {"schemas": {id: JSON Schema}, "problems": [one line or null, ...], "colours": [bool, ...],
// "colourNames": [the CSS colour names Remotion knows]}.
import { zColor } from '@remotion/zod-types';
import { readFileSync } from 'node:fs';
import { NoReactInternals } from 'remotion/no-react';
import { z } from 'zod';
import { COMPOSITION_SCHEMAS, firstProblem } from '../src/schemas';

type Request = { props?: [keyof typeof COMPOSITION_SCHEMAS, unknown][]; colours?: string[] };

const request = JSON.parse(readFileSync(0, 'utf8') || '{}') as Request;
const colour = zColor();
const reply = {
  schemas: Object.fromEntries(Object.entries(COMPOSITION_SCHEMAS).map(([id, schema]) => [id, z.toJSONSchema(schema, { io: 'input' })])),
  problems: (request.props ?? []).map(([id, props]) => firstProblem(COMPOSITION_SCHEMAS[id], props)),
  colours: (request.colours ?? []).map((value) => colour.safeParse(value).success),
  colourNames: Object.keys(NoReactInternals.colorNames),
};
process.stdout.write(JSON.stringify(reply));
