// Types of the wasm-bindgen glue (`--target web`), which the build aliases as "discret-wasm".

/** Instantiates the module from its bytes or a compiled module, and resolves once `check` is usable. */
export default function init(options: { module_or_path: BufferSource | WebAssembly.Module }): Promise<unknown>;

/** Checks one reply. It takes and returns plain objects shaped like CheckRequest and Report. */
export function check(request: unknown): unknown;
