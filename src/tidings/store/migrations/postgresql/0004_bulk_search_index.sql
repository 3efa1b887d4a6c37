-- Tidings store, version 4: nothing to change on PostgreSQL (its GIN expression
-- indexes are maintained by the server). The file keeps version numbers equal
-- on both backends.

SELECT 1;
