package vn.tdkt.commendation.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

  Optional<Registration> findByUnitCodeAndEmulationYear(String unitCode, int emulationYear);

  List<Registration> findByEmulationYear(int emulationYear);

  Optional<Registration> findByProcessInstanceId(String processInstanceId);
}
