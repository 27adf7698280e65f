/**
 * Supervision. Owns: 监督考核 (issue #15): the unit indicators kept as its own read model from the other modules'
 * persisted events and published statistics (it never reads their tables), scores and rankings, the monthly
 * bulletin (月通报), supervision tasks (督查督办) and inspections with rectification, information submissions with
 * adoption points (政务信息报送), public evaluation (社会评议) and the office's briefing meeting (碰头会).
 *
 * <p>Indicators ({@code supervision.indicators}, decision 036-supervision-read-model): the read model
 * ({@code supervision_fact*}) is fed by {@code @ApplicationModuleListener}s on {@code CatalogueEvent.DocumentPublished}
 * and {@code RequestEvents} (received, decided, reviews, reminders) and can be rebuilt from the persisted (archived)
 * publications; the service and hotline rows come through {@code ServiceStatistics} and {@code HotlineStatistics},
 * other rows through every {@code IndicatorSource} bean. Publishes: the port {@code IndicatorTable.Tables}.
 *
 * <p>Tasks and inspections ({@code supervision.tasks}, {@code supervision.inspections}, decision
 * 039-supervision-tasks-and-patrol): {@code supervision_task*} with the lifecycle table, ledger clock and the daily
 * sweep that urges overdue tasks and escalates them to the bulletin notice; {@code supervision_inspection} and
 * {@code supervision_finding} (a finding becomes a task through {@code CreateTask}); the daily automatic patrol of the
 * portal, which reads public documents only through the catalogue's {@code PublishedDocuments}. Publishes the persisted
 * {@code TaskEvents} (named interface {@code task-events}; notify tells the units) and {@code TaskDigest.Digests}.
 * <p>Monthly bulletin ({@code supervision.bulletins}, decision 041-monthly-bulletin): a 公文 generated from
 * {@code IndicatorTable.Tables} and {@code TaskDigest.Digests}, DRAFT → APPROVED → PUBLISHED; publishes the persisted
 * {@code BulletinEvents} ({@code notify} tells every unit in the inbox).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = { "archive::spi", "catalogue", "catalogue::events", "common", "audit", "calendar",
            "commands", "consultations", "files", "hotline", "imports", "organisation", "organisation::events",
            "requests", "services", "web", "web::menu", "web::workbench" })
package org.gongkai.supervision;
