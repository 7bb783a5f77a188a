package vn.tdkt.commendation.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, String> {

  List<Unit> findAllByOrderByClusterCodeAscCodeAsc();
}
