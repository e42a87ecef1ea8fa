import type { VideoScript } from '../../src/types';
import { EngineError, isNumber, isObject, isString, optional, param, type Request } from '../protocol';
import { validateComposition, type ValidateResult } from './validate';

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

const isScript = (value: unknown): value is VideoScript =>
  isObject(value) &&
  isNumber(value.totalDuration) &&
  Array.isArray(value.scenes) &&
  value.scenes.every((scene) => isObject(scene) && isString(scene.id) && isNumber(scene.duration)) &&
  isObject(value.colorPalette) &&
  Object.values(value.colorPalette).every(isString);

/** The `validate` command: {code, script?, assets?, fps?} -> {ok, diagnostics, js?, ms}. */
export const handleValidate = async (request: Request): Promise<ValidateResult> => {
  const fps = param(request, 'fps', optional(isNumber)) ?? 30;
  if (!Number.isInteger(fps) || fps <= 0) {
    throw new EngineError('bad_request', 'validate: fps must be a positive whole number');
  }
  return validateComposition({
    code: param(request, 'code', isString),
    script: param(request, 'script', optional(isScript)) ?? null,
    assets: param(request, 'assets', optional(isStringArray)) ?? [],
    fps,
  });
};
