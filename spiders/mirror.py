"""Serving a saved copy of a real site on 127.0.0.1 as its own server did.

Saved copies (HTTrack, wget, static exports) keep a site's pages as files whose names no
longer match the addresses their links use: HTTrack writes `indexd6d4.html` and keeps the
original query in the links (`indexd6d4.html?sc=118&gp=10928`), wget and static exports of
old WordPress addresses name folders after the query (`?p=102/`). The mirror answers those
addresses with the saved files, redirects folders asked for without their slash, answers
404 for everything that was not saved (images, PDFs), and sends each page's bytes
untouched with the charset the page declares. A crawl of the mirror is then a crawl
through the same spiders, settings and pipeline as one of the live site.

    python -m spiders.mirror /path/to/saved/site [--port 8800]
    civic crawl ... (a registry row whose homepage is the printed address)
"""
from __future__ import annotations

import argparse
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from spiders.sample_server import ServedSites, SiteConfig, serve_configs


def mirror_config(root: str | os.PathLike[str], *, key: str | None = None, port: int = 0,
                  http_charset: str | None = "meta") -> SiteConfig:
    """How to serve the saved site under `root` (`http_charset="meta"`: as each page declares)."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"no saved site at {root}")
    return SiteConfig(key=key or root.name, root=root, http_charset=http_charset, mirror=True,
                      entry={"port": port})


@contextmanager
def serve_mirrors(configs: list[SiteConfig], host: str = "127.0.0.1", *,
                  fixed_ports: bool = False) -> Iterator[ServedSites]:
    """Serve saved sites, each on its own port (any free one, or each entry's `port` when
    `fixed_ports`); yields {key: base_url} and the request log."""
    with serve_configs(configs, host, fixed_ports=fixed_ports) as served:
        yield served


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spiders.mirror", description=__doc__.split("\n\n")[0])
    parser.add_argument("root", help="folder of the saved site")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: any free port)")
    parser.add_argument("--charset", default="meta",
                        help="charset to declare for HTML: 'meta' (each page's own declaration, default), "
                             "a name, or 'none'")
    args = parser.parse_args(argv)
    charset = None if args.charset.lower() == "none" else args.charset
    with serve_mirrors([mirror_config(args.root, port=args.port, http_charset=charset)],
                       fixed_ports=bool(args.port)) as served:
        for key, url in served.items():
            print(f"serving {key} at {url}/ (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            return 0


if __name__ == "__main__":
    raise SystemExit(main())
