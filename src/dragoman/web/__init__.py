"""The dashboard: static assets shipped with the package, served at / by the API app."""

from .routes import mount_dashboard

__all__ = ["mount_dashboard"]
