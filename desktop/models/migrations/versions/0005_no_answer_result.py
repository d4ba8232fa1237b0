"""result code 电话无人接听 (no_answer): a phone call nobody picked up

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29

Until now a call nobody answered could only be logged as 无人在家 (nobody at home), a visit's result. The
code counts as not contacted, like 无人在家; a database that has its result codes already gets it here, a new
one from the default list (desktop.models.enums.DEFAULT_RESULT_CODES).
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    codes = sa.table("result_codes", sa.column("code", sa.String), sa.column("label", sa.String),
                     sa.column("contacted", sa.Boolean), sa.column("right_party", sa.Boolean),
                     sa.column("promise", sa.Boolean), sa.column("sort_order", sa.Integer),
                     sa.column("active", sa.Boolean))
    have = set(conn.execute(sa.select(codes.c.code)).scalars())
    if not have or "no_answer" in have:  # a new database gets the whole default list on initialisation
        return
    after = conn.execute(sa.select(codes.c.sort_order).where(codes.c.code == "not_home")).scalar()
    op.bulk_insert(codes, [{"code": "no_answer", "label": "电话无人接听", "contacted": False, "right_party": False,
                            "promise": False, "sort_order": 6 if after is None else after, "active": True}])


def downgrade() -> None:
    op.execute("DELETE FROM result_codes WHERE code = 'no_answer' "
               "AND NOT EXISTS (SELECT 1 FROM outcomes WHERE outcomes.result_code = 'no_answer')")
