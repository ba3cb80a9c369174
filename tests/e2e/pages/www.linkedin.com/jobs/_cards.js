// Shared by the hostile listing pages: LinkedIn's logged-out search card structure
// (ul.jobs-search__results-list > li > div.base-card[data-entity-urn]). Companies are invented.
window.cardHtml = function cardHtml(id, title, company, location) {
  return '<div class="base-card base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:' + id + '">' +
    '<a class="base-card__full-link" href="https://in.linkedin.com/jobs/view/x-' + id + '"><span class="sr-only">' + title + '</span></a>' +
    '<div class="base-search-card__info"><h3 class="base-search-card__title">' + title + '</h3>' +
    '<h4 class="base-search-card__subtitle"><a class="hidden-nested-link" href="https://in.linkedin.com/company/x">' + company + '</a></h4>' +
    '<div class="base-search-card__metadata"><span class="job-search-card__location">' + location + '</span></div></div></div>';
};
window.appendCards = function appendCards(list, cards) {
  const frag = document.createDocumentFragment();
  for (const c of cards) {
    const li = document.createElement('li');
    li.innerHTML = window.cardHtml(c.id, c.title, c.company, c.location);
    frag.append(li);
  }
  list.append(frag);
};
