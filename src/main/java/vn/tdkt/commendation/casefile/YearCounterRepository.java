package vn.tdkt.commendation.casefile;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface YearCounterRepository extends JpaRepository<YearCounter, String> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from YearCounter c where c.id = :id")
  Optional<YearCounter> lock(@Param("id") String id);
}
