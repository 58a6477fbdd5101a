from django.urls import path

from online_events import views

app_name = "online_events"
urlpatterns = [
    path("live/events/", views.event_list, name="list"),
    path("live/events/new/", views.event_new, name="new"),
    path("live/events/<int:pk>/", views.event_detail, name="event"),
    path("live/events/<int:pk>/edit/", views.event_edit, name="edit"),
    path("live/events/<int:pk>/cancel/", views.event_cancel, name="cancel"),
    path("live/events/<int:pk>/register/", views.event_register, name="register"),
    path("live/events/<int:pk>/unregister/", views.event_unregister, name="unregister"),
    path("live/events/<int:pk>/calendar.ics", views.event_calendar_file, name="calendar"),
    path("live/events/<int:pk>/participants/", views.event_participants, name="participants"),
    path("live/events/<int:pk>/participants.csv", views.event_participants_csv, name="participants_csv"),
]
