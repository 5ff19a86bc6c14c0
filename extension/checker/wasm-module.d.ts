// Types of the wasm-bindgen glue (`--target web`), which the build aliases as "discret-wasm".

/** Instantiates the module from its bytes or a compiled module, and resolves once its functions are usable. */
export default function init(options: { module_or_path: BufferSource | WebAssembly.Module }): Promise<unknown>;

/** Checks one reply. It takes and returns plain objects shaped like CheckRequest and Report. */
export function check(request: unknown): unknown;

/** Rewrites one reply in a tone ("warm", "professional" or "neutral"); returns an object shaped like Rewrite. */
export function rewrite(request: unknown, tone: string): unknown;

/** Returns ready replies shaped like Suggestions; `situation` null or undefined detects it from the review. */
export function suggest(request: unknown, situation: string | null | undefined): unknown;
