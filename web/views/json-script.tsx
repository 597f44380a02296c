// Data for the client script, as a JSON script block. The browser does not
// decode entities inside <script>, so the JSON goes in unescaped by the JSX
// renderer, but with every character that could end the block or open
// markup (<, >, &, U+2028, U+2029) written as a \u escape: no string inside
// can close the script or start another.
import { raw } from 'hono/html';

const UNSAFE = /[<>&\u2028\u2029]/g;

export function safeJson(data: unknown): string {
  return JSON.stringify(data).replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function JsonScript(props: { id: string; data: unknown }) {
  return (
    <script type="application/json" id={props.id}>
      {raw(safeJson(props.data))}
    </script>
  );
}
