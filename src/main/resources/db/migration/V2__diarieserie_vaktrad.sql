-- The guard row that creations of new diarium series queue on (see DiariumService). '-' is never a valid prefix.
INSERT INTO diarieserie (prefix, ar, senaste) VALUES ('-', 0, 0);
