"""Scale: the same pipeline on all local cores, or on Apache Spark."""

from tidings.scale.parallel import process_parallel

__all__ = ["process_parallel"]
