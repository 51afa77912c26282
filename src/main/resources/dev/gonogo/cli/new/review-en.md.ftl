# Production Readiness Review — ${system} ${version}
**System:** ${system}  
**Version:** ${version}  
**Date:** ${date}  
**Status:** ⏳ In preparation

<!-- Written by `gonogo new`. Replace TBD with facts as the work lands; tick a box only when it is done;
     keep the matrix weights at 100% in total and the overall score equal to Σ weight × score / 100.
     `gonogo check` tells you when the document disagrees with itself. -->

---

## Executive Summary

**Goal:** decide whether ${system} ${version} is ready for production (Go/No-Go).

**Scope:** what is released, to whom, and what is deliberately left out.

---

## Metrics

### Performance Metrics
- **Error Rate:** TBD (target: <1%)
- **Response Time (p95):** TBD (target: <500ms)
- **Throughput:** TBD (target: >100 req/s)

### Reliability Metrics
- **Availability:** TBD (target: >99.9%)
- **MTTR (Mean Time To Recover):** TBD (target: <15min)

---

## Tests

### Load Test ⏳
- **Date:** TBD
- **Status:** ⏳ Planned
- **Goal:** peak traffic for one hour without errors

### Failure Injection ⏳
- **Date:** TBD
- **Status:** ⏳ Planned
- **Scenarios:** instance loss, dependency timeout, disk full

---

## Go/No-Go Criteria

### Must Have

#### Technical Readiness
- [ ] **Code Quality:** ⏳ Critical issues closed
- [ ] **Test Coverage:** ⏳ Agreed threshold met
- [ ] **Security Review:** ⏳ No open high-severity findings

#### Testing
- [ ] **Automated Tests:** ⏳ Passing in CI
- [ ] **Load Test:** ⏳ Planned
- [ ] **Failure Injection:** ⏳ Planned

#### Infrastructure
- [ ] **Production Environment:** ⏳ To be provisioned
- [ ] **Monitoring and Alerting:** ⏳ Dashboards and alerts to be set up
- [ ] **Rollback Plan:** ⏳ To be written and rehearsed

### Should Have

#### Operations
- [ ] **On-call Rotation:** ⏳ To be staffed
- [ ] **Runbooks:** ⏳ To be written for the main alerts
- [ ] **Incident Response Plan:** ⏳ To be reviewed

---

## Decision Matrix

| Criterion | Status | Weight | Score |
|-----------|--------|--------|-------|
| **Technical Readiness** | ⏳ | 30% | 0% |
| **Testing** | ⏳ | 25% | 0% |
| **Security** | ⏳ | 20% | 0% |
| **Infrastructure** | ⏳ | 15% | 0% |
| **Observability** | ⏳ | 10% | 0% |

**Overall Score:** **0%** (Not assessed yet)

---

## Recommendations

**Recommendation:** Pending — decided at the Go/No-Go meeting

**Conditions for Go:**
1. ⏳ Load test passed
2. ⏳ Failure injection passed
3. ⏳ Monitoring and alerting in place

**No-Go criteria:**
- ❌ Load test failed
- ❌ Open critical security findings
- ❌ Rollback not rehearsed

---

## Timeline

### ${date}
- ⏳ Review started
- ⏳ Go/No-Go meeting to be scheduled

---

## Risk Assessment

### High Risk
- **TBD:** the risk, its impact and its mitigation

### Medium Risk
- **TBD:** the risk, its impact and its mitigation

### Low Risk
- **TBD:** the risk, its impact and its mitigation

---

## Action Items

### Before Go Decision
1. ⏳ Run the load test
2. ⏳ Run the failure injection tests
3. ⏳ Set up monitoring and alerting

---

## Notes

- **Owner:** TBD
- **Decision Date:** TBD
