"""Alembic environment: uses the engine handed over in ``config.attributes['engine']``."""

from alembic import context
from sqlalchemy import create_engine

from desktop.models import Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001, ANN201
    # the SQLite full-text index and its shadow tables are managed by hand in revision 0002
    return not (type_ == "table" and name and (name.startswith("case_fts") or name.startswith("case_name_fts")))


def run_migrations() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
            include_object=include_object,
        )
        context.run_migrations()


run_migrations()
