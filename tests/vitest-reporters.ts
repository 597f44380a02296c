// Reporter settings shared by both vitest configs: CI asks for a JSON report
// (VITEST_JSON_REPORT=path) from which .ci/run computes its summary line.
export function reporters(path = process.env.VITEST_JSON_REPORT): Array<string | [string, Record<string, unknown>]> {
  return path ? ['default', ['json', { outputFile: path }]] : ['default'];
}
