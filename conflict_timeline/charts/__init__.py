"""Pure functions from events frames to plotly figures: the timeline, the bases map, troop levels.

No Streamlit here. Every figure puts the event id (or the place name on the map) in `customdata`
so a selection in the dashboard can be traced back to the events. One module per view.
"""

from conflict_timeline.charts import troops
from conflict_timeline.charts.base_layers import BaseLayers
from conflict_timeline.charts.common import (
    AGGREGATE_THRESHOLD,
    REGION_CENTER,
    STATUS_SYMBOLS,
    TYPE_COLOURS,
    UNKNOWN,
    bilingual,
)
from conflict_timeline.charts.map import MapPoints, map_figure, map_points
from conflict_timeline.charts.timeline import aggregate_timeline, is_aggregated, period_for, timeline_figure
from conflict_timeline.charts.troops import TROOP_COLUMNS, troop_claims, troop_conflicts, troop_levels_figure

__all__ = [
    "AGGREGATE_THRESHOLD",
    "REGION_CENTER",
    "STATUS_SYMBOLS",
    "TROOP_COLUMNS",
    "TYPE_COLOURS",
    "UNKNOWN",
    "BaseLayers",
    "MapPoints",
    "aggregate_timeline",
    "bilingual",
    "is_aggregated",
    "map_figure",
    "map_points",
    "period_for",
    "timeline_figure",
    "troop_claims",
    "troop_conflicts",
    "troop_levels_figure",
    "troops",
]
