"""The store: SQLAlchemy schema, Alembic migrations and the Store class (SQLite or PostgreSQL)."""

from sahelwatch.store.db import Store
from sahelwatch.store.filters import EventFilter, ObservationFilter

__all__ = ["EventFilter", "ObservationFilter", "Store"]
