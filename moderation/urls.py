from django.urls import path

from moderation import views

app_name = "moderation"
urlpatterns = [
    path("live/report/<slug:app_label>/<slug:model_name>/<int:pk>/", views.report, name="report"),
    path("live/report/<slug:app_label>/<slug:model_name>/<int:pk>/content/", views.reported_content, name="content"),
]
