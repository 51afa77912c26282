# Production Readiness Review — ${system} ${version}
**Система:** ${system}  
**Версия:** ${version}  
**Дата:** ${date}  
**Статус:** ⏳ В процессе подготовки

<!-- Создано командой `gonogo new`. Заменяйте TBD фактами по мере готовности; отмечайте пункт, только когда он
     выполнен; сумма весов матрицы — 100%, итоговая оценка — Σ вес × оценка / 100.
     `gonogo check` покажет, где документ противоречит сам себе. -->

---

## 📊 Executive Summary

**Цель:** принять решение о готовности ${system} ${version} к production (Go/No-Go).

**Объём:** что выпускается, для кого и что сознательно не входит в релиз.

---

## 📈 Метрики

### Performance Metrics
- **Error Rate:** TBD (цель: <1%)
- **Response Time (p95):** TBD (цель: <500ms)
- **Throughput:** TBD (цель: >100 req/s)

### Reliability Metrics
- **Availability:** TBD (цель: >99.9%)
- **MTTR (Mean Time To Recover):** TBD (цель: <15min)

---

## Тесты

### Load Test ⏳
- **Дата:** TBD
- **Статус:** ⏳ Планируется
- **Цель:** пиковая нагрузка в течение часа без ошибок

### Failure Injection ⏳
- **Дата:** TBD
- **Статус:** ⏳ Планируется
- **Сценарии:** потеря инстанса, таймаут зависимости, заполненный диск

---

## 🔍 Go/No-Go Criteria

### Must Have (Критично)

#### Technical Readiness
- [ ] **Code Quality:** ⏳ Критичные задачи закрыты
- [ ] **Test Coverage:** ⏳ Согласованный порог достигнут
- [ ] **Security Review:** ⏳ Нет открытых проблем высокой критичности

#### Testing
- [ ] **Automated Tests:** ⏳ Проходят в CI
- [ ] **Load Test:** ⏳ Планируется
- [ ] **Failure Injection:** ⏳ Планируется

#### Infrastructure
- [ ] **Production Environment:** ⏳ Требует настройки
- [ ] **Monitoring and Alerting:** ⏳ Требует настройки
- [ ] **Rollback Plan:** ⏳ Требует описания и проверки

### Should Have (Желательно)

#### Operations
- [ ] **On-call Rotation:** ⏳ Требует настройки
- [ ] **Runbooks:** ⏳ Требуют описания
- [ ] **Incident Response Plan:** ⏳ Требует review

---

## 📋 Decision Matrix

| Критерий | Статус | Вес | Оценка |
|----------|--------|-----|--------|
| **Technical Readiness** | ⏳ | 30% | 0% |
| **Testing** | ⏳ | 25% | 0% |
| **Security** | ⏳ | 20% | 0% |
| **Infrastructure** | ⏳ | 15% | 0% |
| **Observability** | ⏳ | 10% | 0% |

**Итоговая оценка:** **0%** (Оценка не проводилась)

---

## 🎯 Recommendations

**Рекомендация:** Решение на Go/No-Go встрече

**Условия для Go:**
1. ⏳ Load test пройден
2. ⏳ Failure injection tests пройдены
3. ⏳ Мониторинг и alerting настроены

**Критерии для No-Go:**
- ❌ Load test не пройден
- ❌ Открытые критичные проблемы безопасности
- ❌ Откат не проверен

---

## 📅 Timeline

### ${date}
- ⏳ Начало review
- ⏳ Назначить Go/No-Go встречу

---

## 📊 Risk Assessment

### High Risk
- **TBD:** риск, его влияние и меры

### Medium Risk
- **TBD:** риск, его влияние и меры

### Low Risk
- **TBD:** риск, его влияние и меры

---

## Action Items

### Before Go Decision
1. ⏳ Провести load test
2. ⏳ Провести failure injection tests
3. ⏳ Настроить мониторинг и alerting

---

## 📝 Notes

- **Ответственный:** TBD
- **Decision Date:** TBD
