// Minimal ZIP writer (deflate, no ZIP64) for packaging the extension without a zip binary. The archive depends
// only on the files' paths and bytes: entries are sorted, and times and permissions are fixed.

import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";

/** Lists the files under `dir`, sorted so that archives are reproducible. */
function listFiles(dir) {
  const files = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      files.push(...listFiles(path));
    } else {
      files.push(path);
    }
  }
  return files;
}

// 1980-01-01 00:00 in MS-DOS format, so that archives do not depend on file times.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
// "Version made by": Unix (3) in the high byte, ZIP 2.0 in the low byte, so that unzip reads the mode below.
const MADE_BY_UNIX = (3 << 8) | 20;
// External attributes: a regular file with mode 0644 in the high 16 bits, whatever the source file's mode.
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;

/** Lists the files under `dir` as sorted paths relative to it, with "/" as the separator. */
export function listRelativeFiles(dir) {
  return listFiles(dir).map((path) => relative(dir, path).split(sep).join("/"));
}

/** Writes every file under `sourceDir` into the archive `zipPath`, with paths relative to `sourceDir`. */
export function zipDirectory(sourceDir, zipPath) {
  const localParts = [];
  const centralParts = [];
  let offset = 0;

  for (const path of listFiles(sourceDir)) {
    const name = Buffer.from(relative(sourceDir, path).split(sep).join("/"), "utf8");
    const data = readFileSync(path);
    const compressed = deflateRawSync(data, { level: 9 });
    const checksum = crc32(data);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed to extract
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    localParts.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(MADE_BY_UNIX, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(checksum, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(REGULAR_FILE_0644, 38);
    central.writeUInt32LE(offset, 42);
    centralParts.push(central, name);

    offset += local.length + name.length + compressed.length;
  }

  const centralSize = centralParts.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centralParts.length / 2, 8);
  end.writeUInt16LE(centralParts.length / 2, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);

  writeFileSync(zipPath, Buffer.concat([...localParts, ...centralParts, end]));
}
