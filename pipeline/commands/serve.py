"""`civic serve`: the HTTP API and the web page over a store and its index."""
from __future__ import annotations

import argparse
import os

from index.factory import add_backend_arguments


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("serve", parents=[common], help="serve the search API and web page",
                            description="Serve the read-only JSON API (docs at /docs) and the web page.")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=int(os.environ.get("CIVIC_PORT", 8000)),
                        help="port (default 8000, env CIVIC_PORT)")
    add_backend_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return serve(args.db, args, args.host, args.port)


def serve(db_path: str | os.PathLike[str] | None, args: argparse.Namespace | None,
          host: str = "127.0.0.1", port: int = 8000) -> int:
    """Run the app under uvicorn until interrupted (also what `civic demo` ends with)."""
    import uvicorn

    from api.app import create_app

    app = create_app(db_path, args)
    print(f"civic: serving on http://{host}:{port}/ (API docs: http://{host}:{port}/docs); Ctrl+C stops")
    uvicorn.run(app, host=host, port=port, log_level="warning", proxy_headers=False)
    return 0
