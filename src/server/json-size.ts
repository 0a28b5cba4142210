// Whether a value's JSON would be longer than a number of bytes, found without building the
// JSON, and stopping as soon as the count passes it: a container's commas and keys are counted
// before its items are queued, so the walk queues no more items than the limit has bytes.
// Strings count their UTF-16 length (exact for ASCII, a little under for other scripts), which
// is close enough for a cap.

export function jsonSizeOver(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number') size += String(v).length;
    else if (v === null || typeof v !== 'object') size += 5; // booleans, null
    else if (Array.isArray(v)) {
      size += 2 + v.length;
      if (size > limit) return true;
      for (const item of v) stack.push(item);
    } else {
      size += 2;
      for (const key in v) {
        const item = (v as Record<string, unknown>)[key];
        if (item === undefined) continue;
        size += key.length + 4;
        if (size > limit) return true;
        stack.push(item);
      }
    }
    if (size > limit) return true;
  }
  return false;
}
