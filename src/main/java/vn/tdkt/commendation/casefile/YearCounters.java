package vn.tdkt.commendation.casefile;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gapless numbers per year, unique across app nodes: the counter row is read under a row lock inside
 * the caller's transaction, so a rolled-back case or decision gives its number back.
 */
@Service
public class YearCounters {

  private final YearCounterRepository repository;
  private final TransactionTemplate newTransaction;

  YearCounters(YearCounterRepository repository, PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.newTransaction = new TransactionTemplate(transactionManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public long next(String name, int year) {
    String id = name + ":" + year;
    YearCounter counter = repository.lock(id).orElseGet(() -> {
      createRow(id);
      return repository.lock(id).orElseThrow();
    });
    return counter.next();
  }

  /**
   * The first number of a year needs its row. It is created in its own short transaction (an empty
   * row gives nothing away if the caller rolls back); when another node creates it at the same
   * moment, the unique key makes one insert fail and both then lock the same row.
   */
  private void createRow(String id) {
    try {
      newTransaction.executeWithoutResult(s -> repository.saveAndFlush(new YearCounter(id)));
    } catch (DataIntegrityViolationException alreadyThere) {
      // another transaction created it first: fine
    }
  }
}
