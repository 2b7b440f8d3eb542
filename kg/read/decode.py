"""Bytes -> numbered text lines, streaming: gzip, BOMs, UTF-16, CRLF, and a cp1252 fallback.

``open_lines`` looks at the first chunk of the (decompressed) file to decide how to decode it,
then yields ``(line_number, text)`` one line at a time, so a 100 MB JSON Lines file is never in
memory at once. A file that cannot be text at all (empty, binary) raises ``Unusable`` before the
first line; trouble after that (a corrupt gzip tail, a line longer than ``MAX_LINE_BYTES``) is
yielded as a ``Skipped`` in the stream and reading goes on where it can.
"""

from __future__ import annotations

import codecs
import gzip
import io
import queue
import threading
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, Literal

from kg.model import Skipped, Source
from kg.read.report import Notice

EncodingErrors = Literal["fallback", "replace", "strict"]
ENCODING_ERRORS = ("fallback", "replace", "strict")

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 64 * 1024
MAX_LINE_BYTES = 64 * 1024 * 1024
READ_BLOCK_BYTES = 1024 * 1024
PREFETCH_BLOCKS = 4  # inflated blocks a gzip worker may hold ready
WORKER_POLL_SECONDS = 0.1  # how often a blocked worker checks whether it should stop
GZIP_WBITS = 31  # zlib: expect a gzip header and trailer
# Share of C0 control bytes (other than tab, newlines, form feed, escape) above which a file
# without NUL bytes is still taken for binary data.
MAX_CONTROL_SHARE = 0.05
# In BOM-less UTF-16 of mostly-Latin text, about every other byte is NUL.
UTF16_NUL_SHARE = 0.4

_TEXT_CONTROLS = b"\t\n\r\x0b\x0c\x1b"
_CONTROL_BYTES = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What can go wrong while decompressing or reading a file that opened fine.
READ_ERRORS = (OSError, EOFError, zlib.error, gzip.BadGzipFile)

NoticeSink = Callable[[Notice], None]


class Unusable(Exception):
    """The file as a whole holds no text: ``str(error)`` is the reason."""


def open_binary(path: Path) -> tuple[BinaryIO, bool]:
    """The open file, and whether it holds gzip data (whatever its name says)."""
    raw = open(path, "rb")  # noqa: SIM115 - the caller closes it
    try:
        magic = raw.read(2)
        raw.seek(0)
    except OSError:
        raw.close()
        raise
    return raw, magic == GZIP_MAGIC


def _guess_encoding(head: bytes, complete: bool) -> tuple[str, str | None]:
    """(codec, notice or None) for the file starting with ``head``; raises Unusable."""
    if not head.removeprefix(codecs.BOM_UTF8).strip():
        if complete:
            raise Unusable("empty file" if not head else "empty file (only whitespace)")
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, None
    if b"\x00" in head:
        even, odd = head[0::2], head[1::2]
        if odd and odd.count(0) / len(odd) >= UTF16_NUL_SHARE and even.count(0) == 0:
            return "utf-16-le", "no byte-order mark; read as UTF-16-LE"
        if even and even.count(0) / len(even) >= UTF16_NUL_SHARE and odd.count(0) == 0:
            return "utf-16-be", "no byte-order mark; read as UTF-16-BE"
        raise Unusable("binary file (contains NUL bytes); expected text or JSON")
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls / len(head) > MAX_CONTROL_SHARE:
        raise Unusable("binary file (mostly control bytes); expected text or JSON")
    return "utf-8", None


def _decode_fallback(line: bytes) -> str:
    try:
        return line.decode("cp1252")
    except UnicodeDecodeError:  # 0x81 0x8d 0x8f 0x90 0x9d are unassigned in cp1252
        return line.decode("latin-1")


def open_lines(
    path: Path,
    raw: BinaryIO,
    gzipped: bool,
    *,
    encoding_errors: EncodingErrors = "fallback",
    notice: NoticeSink,
) -> Iterator[tuple[int, str] | Skipped]:
    """Check the start of the file now (raising Unusable), then return its line iterator.

    ``raw`` is the file as opened by ``open_binary``; the caller closes it.
    """
    try:
        head = _inflate_head(raw) if gzipped else raw.read(SNIFF_BYTES)
        raw.seek(0)
    except READ_ERRORS as error:
        raise Unusable(f"cannot read the file: {error}") from error
    codec, note = _guess_encoding(head, complete=len(head) < SNIFF_BYTES)
    if note:
        notice(Notice(Source(str(path), 0), note))
    if codec.startswith("utf-8"):
        blocks = _inflated_ahead(raw) if gzipped else _plain_blocks(raw)
        return _utf8_lines(path, blocks, codec == "utf-8-sig", encoding_errors, notice)
    return _wide_lines(path, gzip.GzipFile(fileobj=raw) if gzipped else raw, codec, notice)


def _inflate_head(raw: BinaryIO) -> bytes:
    inflater = zlib.decompressobj(GZIP_WBITS)
    head = b""
    while len(head) < SNIFF_BYTES and not inflater.eof:
        data = inflater.unconsumed_tail or raw.read(SNIFF_BYTES)
        if not data:
            break
        head += inflater.decompress(data, SNIFF_BYTES - len(head))
    return head


def _plain_blocks(raw: BinaryIO) -> Iterator[bytes]:
    while block := raw.read(READ_BLOCK_BYTES):
        yield block


def _inflated(raw: BinaryIO) -> Iterator[bytes]:
    """Gzip data -> blocks of at most READ_BLOCK_BYTES (bounded: a gzip bomb stays harmless).

    Reads every member of a multi-member file, as ``gzip`` does; raises EOFError when the data
    stops before the end-of-stream marker and zlib.error when it is corrupt.
    """
    inflater = zlib.decompressobj(GZIP_WBITS)
    data = b""
    while True:
        if not data:
            data = raw.read(READ_BLOCK_BYTES)
            if not data:
                if not inflater.eof:
                    raise EOFError("compressed file ended before the end-of-stream marker")
                return
        if inflater.eof:  # another member follows
            if not data.strip(b"\x00"):  # zero padding after the last member is allowed
                data = b""
                continue
            inflater = zlib.decompressobj(GZIP_WBITS)
        block = inflater.decompress(data, READ_BLOCK_BYTES)
        data = inflater.unconsumed_tail or inflater.unused_data
        if block:
            yield block


def _inflated_ahead(raw: BinaryIO) -> Iterator[bytes]:
    """``_inflated(raw)``, computed ahead in a worker thread.

    zlib lets go of the GIL while it inflates, so decompression overlaps with parsing. The
    worker is stopped and joined before this generator ends, however it ends, so the caller
    may close the file right after.
    """
    ready: queue.Queue[bytes | BaseException | None] = queue.Queue(PREFETCH_BLOCKS)
    stop = threading.Event()

    def hand_over(item: bytes | BaseException | None) -> None:
        while not stop.is_set():
            try:
                ready.put(item, timeout=WORKER_POLL_SECONDS)
                return
            except queue.Full:
                continue

    def work() -> None:
        try:
            for block in _inflated(raw):
                hand_over(block)
                if stop.is_set():
                    return
        except READ_ERRORS as error:
            hand_over(error)
            return
        hand_over(None)

    worker = threading.Thread(target=work, name="kg-read-gunzip", daemon=True)
    worker.start()
    try:
        while (item := ready.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        worker.join()


def _byte_lines(blocks: Iterator[bytes]) -> Iterator[bytes | None]:
    """Physical lines without their '\\n', read in big blocks; None for an over-long line."""
    pending: list[bytes] = []  # the start of a line that runs past the current block
    size = 0
    overlong = False
    for block in blocks:
        lines = block.split(b"\n")
        if len(lines) == 1:  # no line end in this block
            if not overlong:
                pending.append(block)
                size += len(block)
                if size > MAX_LINE_BYTES:
                    overlong, pending = True, []
            continue
        last = lines.pop()
        if overlong:
            yield None
        elif pending:
            pending.append(lines[0])
            size += len(lines[0])
            yield b"".join(pending) if size <= MAX_LINE_BYTES else None
        else:
            yield lines[0]
        del lines[0]
        yield from lines  # READ_BLOCK_BYTES < MAX_LINE_BYTES: these cannot be over-long
        pending, size, overlong = ([last], len(last), False) if last else ([], 0, False)
    if overlong:
        yield None
    elif pending:
        yield b"".join(pending)


def _utf8_lines(
    path: Path, blocks: Iterator[bytes], bom: bool, errors: EncodingErrors, notice: NoticeSink
) -> Iterator[tuple[int, str] | Skipped]:
    number = 0
    bad_lines = 0
    first_bad = 0
    try:
        for chunk in _byte_lines(blocks):
            if chunk is None:
                number += 1
                yield Skipped(Source(str(path), number),
                              f"line longer than {MAX_LINE_BYTES // 2**20} MB; not read")
                continue
            if number == 0 and bom and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8):]
            if chunk.endswith(b"\r"):
                chunk = chunk[:-1]
            # Old Mac line ends (a lone CR) split a physical line into several.
            for part in chunk.split(b"\r") if b"\r" in chunk else (chunk,):
                number += 1
                try:
                    line = part.decode("utf-8")
                except UnicodeDecodeError:
                    line = None
                if line is not None:
                    yield number, line
                    continue
                if errors == "strict":
                    yield Skipped(Source(str(path), number), "line is not valid UTF-8")
                    continue
                bad_lines += 1
                first_bad = first_bad or number
                if errors == "replace":
                    yield number, part.decode("utf-8", "replace")
                else:
                    yield number, _decode_fallback(part)
    except READ_ERRORS as error:
        yield Skipped(
            Source(str(path), number + 1),
            f"cannot read past line {number}: {error}; the rest of the file was not read",
        )
    if bad_lines:
        how = "with U+FFFD replacements" if errors == "replace" else "as Windows-1252"
        notice(Notice(
            Source(str(path), first_bad),
            f"{bad_lines} line(s) not valid UTF-8 (first at line {first_bad}); decoded {how}",
        ))


def _wide_lines(
    path: Path, stream: BinaryIO, codec: str, notice: NoticeSink
) -> Iterator[tuple[int, str] | Skipped]:
    number = 0
    text = io.TextIOWrapper(stream, encoding=codec, errors="replace", newline=None)  # type: ignore[arg-type]
    try:
        while True:
            line = text.readline(MAX_LINE_BYTES + 1)
            if not line:
                break
            number += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith("\n"):
                while line and not line.endswith("\n"):
                    line = text.readline(MAX_LINE_BYTES)
                yield Skipped(
                    Source(str(path), number),
                    f"line longer than {MAX_LINE_BYTES // 2**20} MB; not read",
                )
                continue
            yield number, line.rstrip("\n")
    except (*READ_ERRORS, UnicodeError) as error:
        yield Skipped(
            Source(str(path), number + 1),
            f"cannot read past line {number}: {error}; the rest of the file was not read",
        )
