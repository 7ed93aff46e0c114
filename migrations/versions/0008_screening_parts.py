"""screening runs prepared in parts by several workers

Revision ID: 0008_screening_parts
Revises: 0007_decisions
Create Date: 2026-12-06 05:10:00.000000

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008_screening_parts'
down_revision = '0007_decisions'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('screening_runs', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parts', sa.Integer(), server_default='1', nullable=False))


def downgrade():
    with op.batch_alter_table('screening_runs', schema=None) as batch_op:
        batch_op.drop_column('parts')
