/**
 * Vocabulary facts the data-type extractor needs beyond the lexicon (which maps one form to
 * one id): forms that name two data types at once. Keys are lexicon forms, lower-cased.
 */

/** A form that also names these ids: the same words are evidence for each. */
export const ALSO_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  // 音视频 = audio and video.
  ['音视频信息', ['media.audio']],
  ['音视频', ['media.audio']],
  // GB/T 35273's "communication records and content" covers call records and their content.
  ['communication records and content', ['communication.call_logs']],
  ['通信记录和内容', ['communication.call_logs']],
  // Camera recordings are both device data and media the app saves.
  ['device audio', ['media.audio']],
  ['video screenshot', ['media.photos']],
  ['video screenshots', ['media.photos']],
  ['alarm pictures', ['media.photos']],
  ['alarm images', ['media.photos']],
  ['告警图片', ['media.photos']],
  ['报警图片', ['media.photos']],
  ['surveillance video', ['media.video']],
  ['surveillance videos', ['media.video']],
  ['monitoring video', ['media.video']],
  ['monitoring videos', ['media.video']],
  ['cloud storage video', ['media.video']],
  ['监控视频', ['media.video']],
  ['监控录像', ['media.video']],
  ['云存储视频', ['media.video']],
  ['云录像', ['media.video']],
]);
