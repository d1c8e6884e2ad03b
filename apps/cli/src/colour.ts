import type { Io } from "./io.ts";

export type Paint = {
  bold: (text: string) => string;
  dim: (text: string) => string;
  green: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
};

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const plain = (text: string) => text;

/** Colour only for a person at a terminal: not into files or pipes, and never when NO_COLOR is set (no-color.org). */
export const paintFor = (io: Io, toFile: boolean): Paint => {
  const colour = io.stdout.isTTY && !toFile && !io.env.NO_COLOR;
  return colour
    ? { bold: ansi(1, 22), dim: ansi(2, 22), green: ansi(32, 39), red: ansi(31, 39), yellow: ansi(33, 39) }
    : { bold: plain, dim: plain, green: plain, red: plain, yellow: plain };
};
