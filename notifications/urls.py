from django.urls import path

from notifications import views

app_name = "notifications"
urlpatterns = [
    path("live/notifications/", views.notification_list, name="list"),
    path("live/notifications/<int:pk>/", views.open_notification, name="open"),
    path("live/notifications/read/", views.mark_all_read, name="mark_all_read"),
    path("live/notifications/<int:pk>/read/", views.mark_read, name="mark_read"),
    path("live/notifications/e-mails/", views.email_choices, name="email_choices"),
    path("live/notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
