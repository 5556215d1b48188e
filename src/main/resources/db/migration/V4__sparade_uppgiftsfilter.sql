-- Filters a user has saved in the task inbox (Mina uppgifter).
CREATE TABLE uppgift_filter (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id       BIGINT NOT NULL,
    namn            VARCHAR(100) NOT NULL,
    sok_text        VARCHAR(300),
    typer           VARCHAR(1000),
    bara_forsenade  BOOLEAN NOT NULL,
    sortering       VARCHAR(20) NOT NULL,
    CONSTRAINT uq_uppgift_filter UNIQUE (person_id, namn),
    CONSTRAINT fk_uppgift_filter_person FOREIGN KEY (person_id) REFERENCES person (id)
) ${tableOptions};
