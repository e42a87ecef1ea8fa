import type { VideoScript } from '../../../src/types';
import type { Report } from '../diagnostics';
import type { Analysis } from '../symbols';
import type { Timeline } from './timeline';

/**
 * The timeline must last exactly as long as the script, to the frame. Durations written as constants
 * (`durationInFrames={90}`, `{3 * fps}`, `{Math.round(2.5 * 30)}`) are added up; a timeline whose durations
 * come from props (`script.scenes.map(...)`) is accepted as it is, since it follows the script by construction.
 */
export const checkDuration = (analysis: Analysis, script: VideoScript, timelines: Timeline[], report: Report): void => {
  const expected = Math.round(script.totalDuration * analysis.fps);
  if (timelines.length === 0 || timelines.some((timeline) => timeline.end === null)) {
    return;
  }
  const end = Math.max(...timelines.map((timeline) => timeline.end ?? 0));
  const longest = timelines.find((timeline) => timeline.end === end) ?? timelines[0]!;
  if (end !== expected) {
    report(
      longest.element,
      'duration-mismatch',
      `the scenes last ${end} frames but the script lasts ${expected} frames (${script.totalDuration} s at ${analysis.fps} fps): ` +
        `make the durationInFrames values add up to ${expected}, e.g. Math.round(scene.duration * fps) per scene`,
    );
  }
  const series = timelines.length === 1 && timelines[0]!.kind === 'Series' ? timelines[0]! : null;
  if (!series) {
    return;
  }
  if (series.scenes.length !== script.scenes.length) {
    const message = `the Series has ${series.scenes.length} scenes but the script has ${script.scenes.length}`;
    report(series.element, 'scene-count-mismatch', message, 'warning');
    return;
  }
  series.scenes.forEach((scene, index) => {
    const wanted = Math.round(script.scenes[index]!.duration * analysis.fps);
    // A negative offset on the next scene overlaps the two (a crossfade): this scene's slot ends where it starts.
    const slot = (scene.frames ?? 0) + (series.scenes[index + 1]?.start ?? 0);
    if (slot !== wanted) {
      report(
        scene.element,
        'scene-duration-mismatch',
        `scene ${index + 1} ("${script.scenes[index]!.id}") lasts ${slot} frames but the script gives it ${wanted}`,
        'warning',
      );
    }
  });
};
