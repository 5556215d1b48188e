package skelett;

import org.springframework.data.jpa.repository.JpaRepository;

/** The skeleton's one repository. */
interface Anteckningar extends JpaRepository<Anteckning, Long> {
}
