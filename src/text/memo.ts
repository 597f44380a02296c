// A bounded memo for pure functions of one string. Some inputs repeat across
// postings far more than they vary (a company's locations, "Remote - US"):
// reading one twice costs a Map lookup. When full, the memo starts over, so
// memory stays bounded whatever the input.

export function memoizeByString<T>(fn: (input: string) => T, maxEntries = 4_096): (input: string) => T {
  let memo = new Map<string, T>();
  return (input) => {
    const known = memo.get(input);
    if (known !== undefined) return known;
    const value = fn(input);
    if (memo.size >= maxEntries) memo = new Map();
    memo.set(input, value);
    return value;
  };
}
