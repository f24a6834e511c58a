package org.servicehall.ui.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.servicehall.ui.facade.staff.QueuePage;
import org.servicehall.ui.facade.staff.QueueQuery;
import org.servicehall.ui.facade.staff.QueueRow;
import org.servicehall.ui.facade.staff.CaseDesk;
import org.servicehall.ui.facade.staff.StepRefusedException;

/**
 * The work queues: one lazy table whose pages, sorting and search run on the server, one query
 * per page. The queue and the search words are in the address, so a queue can be bookmarked.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The queues in the order of the tabs. */
    public static final List<String> QUEUES = List.of("MINE", "RECEIVED", "NEW", "DEPARTMENT", "UNASSIGNED", "DUE_SOON",
            "OVERDUE", "DEPARTMENT_OVERDUE", "ESCALATED", "AWAITING_APPROVAL", "ALL");

    private static final Map<String, String> SORT_KEYS = Map.of(
            "currentDue", "currentDue", "receivedAt", "receivedAt", "urgency", "urgency",
            "trackingNumber", "trackingNumber");

    @Inject
    transient CaseDesk desk;

    @Inject
    StaffSession session;

    private String queue;
    private String text;
    private String category;
    private final Rows rows = new Rows();

    @PostConstruct
    void init() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String asked = parameters.get("queue");
        queue = QUEUES.contains(asked) ? asked : "MINE";
        text = parameters.get("q");
        String askedCategory = parameters.get("category");
        category = askedCategory == null || askedCategory.isBlank() ? null : askedCategory;
    }

    public List<String> getQueues() {
        return QUEUES;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        if (QUEUES.contains(queue)) {
            this.queue = queue;
        }
    }

    /** The category the queue is narrowed to (from the dashboard's drill-down); null for all. */
    public String getCategory() {
        return category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LazyDataModel<QueueRow> getRows() {
        return rows;
    }

    /** True when the queue is longer than its total says (shown as "10 000+"). */
    public boolean isTotalCapped() {
        return rows.totalCapped;
    }

    /**
     * One page at a time from the server. The table asks for the total before the page; the
     * total comes with a page, so the count fetches the first page in the last sort order and
     * keeps it for the load that follows (the common case: one query pair per screen). A long
     * queue's total is a bound (capped): the paginator then reaches its first 10 000 rows, and the
     * report says "10 000+".
     */
    private final class Rows extends LazyDataModel<QueueRow> {

        private static final long serialVersionUID = 1L;
        static final int PAGE_SIZE = 20;

        private String lastSort = "currentDue";
        private boolean totalCapped;
        private transient QueuePage firstPage;
        private transient int firstPageSize;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            firstPage = fetch(0, PAGE_SIZE, lastSort);
            firstPageSize = PAGE_SIZE;
            totalCapped = firstPage.totalCapped();
            return (int) Math.min(Integer.MAX_VALUE, firstPage.total());
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            String sort = sortBy.values().stream().findFirst()
                    .filter(meta -> SORT_KEYS.containsKey(meta.getField()))
                    .map(meta -> (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + SORT_KEYS.get(meta.getField()))
                    .orElse("currentDue");
            QueuePage page = first == 0 && pageSize == firstPageSize && sort.equals(lastSort) && firstPage != null
                    ? firstPage : fetch(first, pageSize, sort);
            firstPage = null;
            lastSort = sort;
            totalCapped = page.totalCapped();
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        private QueuePage fetch(int first, int pageSize, String sort) {
            try {
                return desk.queue(new QueueQuery(queue, null, null, category, null, text, sort, first, pageSize),
                        session.getLocale());
            } catch (StepRefusedException refused) {
                StaffPages.show(refused, "queue");
                return new QueuePage(List.of(), 0);
            }
        }

        @Override
        public String getRowKey(QueueRow row) {
            return row.trackingNumber();
        }

        @Override
        public QueueRow getRowData(String key) {
            return getWrappedData() == null ? null
                    : getWrappedData().stream().filter(r -> r.trackingNumber().equals(key)).findFirst().orElse(null);
        }
    }
}
