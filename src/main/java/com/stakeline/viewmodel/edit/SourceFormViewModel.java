package com.stakeline.viewmodel.edit;

import com.stakeline.domain.EventStore;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import com.stakeline.domain.StoreEdits;
import java.util.List;

/** The form of one source: a document that events cite. */
public final class SourceFormViewModel extends ItemFormViewModel<Source> {

    /** A form for a new source, or for changing {@code editing} (null for a new one). */
    public SourceFormViewModel(EventStore store, Source editing) {
        super(store, editing, "sources", "source", List.of("id", "title", "publisher", "published", "url", "file",
                "notes"));
        start();
    }

    @Override
    protected void fill(Source source) {
        text("id").set(source.id());
        text("title").set(source.title());
        text("publisher").set(source.publisher() == null ? "" : source.publisher());
        text("published").set(source.published() == null ? "" : source.published().toString());
        text("url").set(source.url() == null ? "" : source.url());
        text("file").set(source.file() == null ? "" : source.file());
        text("notes").set(source.notes() == null ? "" : source.notes());
    }

    @Override
    protected Source build() {
        PartialDate published = null;
        if (typed("published") != null) {
            try {
                published = PartialDate.parse(typed("published"));
            } catch (IllegalArgumentException e) {
                problem("published", e.getMessage());
                return null;
            }
        }
        String title = typed("title");
        String id = id(title, taken -> store().source(taken).isPresent());
        return new Source(id, title == null ? "" : title, typed("publisher"), published, typed("url"), typed("file"),
                typed("notes"));
    }

    @Override
    protected String idOf(Source source) {
        return source.id();
    }

    @Override
    protected List<Source> itemsOf(EventStore store) {
        return store.sources();
    }

    @Override
    protected EventStore with(EventStore store, Source source) {
        return StoreEdits.putSource(store, source);
    }
}
