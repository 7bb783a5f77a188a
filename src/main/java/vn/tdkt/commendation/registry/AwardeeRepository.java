package vn.tdkt.commendation.registry;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.tdkt.commendation.casefile.NomineeKind;

interface AwardeeRepository extends JpaRepository<Awardee, Long> {

  List<Awardee> findByUnitCodeAndKindAndNameKeyOrderById(String unitCode, NomineeKind kind, String nameKey);

  /**
   * {@code pattern} is a LIKE pattern never null ("%" for every name): a null parameter compared with LIKE has no type
   * on PostgreSQL ("character varying ~~ bytea"); a backslash escapes the searched text's own % and _.
   */
  @Query("select a from Awardee a where (:all = true or a.unitCode in :units)"
      + " and a.nameKey like :pattern escape '\\' order by a.unitCode, a.nameKey, a.id")
  Page<Awardee> search(@Param("all") boolean all, @Param("units") Collection<String> units,
      @Param("pattern") String pattern, Pageable pageable);
}
