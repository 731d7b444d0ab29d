"""The web UI: server-rendered Jinja2 pages with htmx, over the same services as the API.

`install(app, wiring)` adds the page routes, the static files (our own and the npm
libraries in `node_modules`) and HTML error pages; `create_app` calls it.
"""

from parley.web.app import install

__all__ = ["install"]
