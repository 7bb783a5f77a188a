package vn.tdkt.commendation.movement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MovementRepository extends JpaRepository<Movement, Long> {

  List<Movement> findAllByOrderByStartsOnDescIdDesc();

  List<Movement> findByStartsOnBetweenOrderByStartsOn(LocalDate from, LocalDate to);

  List<Movement> findByStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnDesc(LocalDate day, LocalDate sameDay);
}
